#!/bin/bash
# A step of zero.
#SBATCH --array=1-10:0
srun hostname
