#!/bin/bash
# --dependency in component 0.
#SBATCH -d afterany:10001 -n 1
#SBATCH hetjob
#SBATCH -n 2
srun hostname
