#!/bin/bash
# --mem-per-cpu in component 0, --mem in component 1.
#SBATCH --mem-per-cpu=2G -n 1
#SBATCH hetjob
#SBATCH -n 2 --mem=4G
srun hostname
