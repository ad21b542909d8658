#!/bin/bash
# Time set in component 1 carries into 2.
#SBATCH -n 1
#SBATCH hetjob
#SBATCH -n 2 -t 20
#SBATCH hetjob
#SBATCH -n 3
srun hostname
