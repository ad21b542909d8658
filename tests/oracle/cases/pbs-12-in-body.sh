#!/bin/bash
# #PBS lines are read anywhere in the script, even after commands.
#SBATCH -J sbatch-name
module load gcc
srun hostname
#PBS -N body-pbs-name
