#!/bin/bash
# #SBATCH --ignore-pbs turns #PBS lines off.
#SBATCH --ignore-pbs
#PBS -l walltime=2:00:00
srun hostname
