#!/bin/bash
# --signal carries over.
#SBATCH --signal=USR1@60 -n 1
#SBATCH hetjob
#SBATCH -n 2
srun hostname
