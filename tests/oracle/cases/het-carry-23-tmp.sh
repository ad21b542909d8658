#!/bin/bash
# --tmp does not carry over.
#SBATCH --tmp=10G -n 1
#SBATCH hetjob
#SBATCH -n 2
srun hostname
