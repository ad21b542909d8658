#!/bin/bash
# -N 2-3 in component 1.
#SBATCH -n 1
#SBATCH hetjob
#SBATCH -N 2-3
srun hostname
