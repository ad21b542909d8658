#!/bin/bash
# An invalid value in the second component.
#SBATCH -n 1
#SBATCH hetjob
#SBATCH -n 2 -t bogus
srun hostname
