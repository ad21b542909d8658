#!/bin/bash
# --mem-per-cpu in component 0 only.
#SBATCH --mem-per-cpu=2G -n 1
#SBATCH hetjob
#SBATCH -n 2
srun hostname
