#!/bin/bash
# --no-requeue carries over?
#SBATCH --no-requeue -n 1
#SBATCH hetjob
#SBATCH -n 2
srun hostname
