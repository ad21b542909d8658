#!/bin/bash
# --exclusive does not carry over.
#SBATCH --exclusive -n 1
#SBATCH hetjob
#SBATCH -n 2
srun hostname
