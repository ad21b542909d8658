#!/bin/bash
# The time limit carries over.
#SBATCH -t 45 -n 1
#SBATCH hetjob
#SBATCH -n 2
srun hostname
