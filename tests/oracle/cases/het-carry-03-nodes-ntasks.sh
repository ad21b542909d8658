#!/bin/bash
# -N and -n do not carry over.
#SBATCH -N 2 -n 4
#SBATCH hetjob
#SBATCH -c 2
srun hostname
