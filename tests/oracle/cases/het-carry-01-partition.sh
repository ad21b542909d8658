#!/bin/bash
# The partition does not carry over.
#SBATCH -p debug -n 1
#SBATCH hetjob
#SBATCH -n 2
srun hostname
