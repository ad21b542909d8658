#!/bin/bash
# -c does not carry over.
#SBATCH -c 4 -n 1
#SBATCH hetjob
#SBATCH -n 2
srun hostname
