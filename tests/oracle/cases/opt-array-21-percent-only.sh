#!/bin/bash
# A % with no throttle number.
#SBATCH --array=1-4%
srun hostname
