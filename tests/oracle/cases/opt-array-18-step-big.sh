#!/bin/bash
# A step larger than the range.
#SBATCH --array=0-10:20
srun hostname
