#!/bin/bash
# --constraint does not carry over.
#SBATCH -C ib -n 1
#SBATCH hetjob
#SBATCH -n 2
srun hostname
