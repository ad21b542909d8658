#!/bin/bash
# A throttle before the last element.
#SBATCH --array=1-3%2,7
srun hostname
