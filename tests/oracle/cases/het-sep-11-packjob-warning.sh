#!/bin/bash
# packjob separator.
#SBATCH -n 1 -t 5
#SBATCH packjob
#SBATCH -n 3
srun hostname
