#!/bin/bash
# --ntasks-per-node in component 0.
#SBATCH -N 1 --ntasks-per-node=4
#SBATCH hetjob
#SBATCH -N 1
srun hostname
