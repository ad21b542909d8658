#!/bin/bash
# -o carries over.
#SBATCH -o het.out -n 1
#SBATCH hetjob
#SBATCH -n 2
srun hostname
