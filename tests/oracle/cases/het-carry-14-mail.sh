#!/bin/bash
# --mail-type does not carry over.
#SBATCH --mail-type=END -n 1
#SBATCH hetjob
#SBATCH -n 2
srun hostname
