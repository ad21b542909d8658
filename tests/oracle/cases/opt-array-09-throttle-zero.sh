#!/bin/bash
# A throttle of zero.
#SBATCH --array=1-4%0
srun hostname
