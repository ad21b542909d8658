#!/bin/bash
# --mem in component 0, --mem-per-cpu in component 1.
#SBATCH --mem=6G -n 1
#SBATCH hetjob
#SBATCH -n 2 --mem-per-cpu=1G
srun hostname
