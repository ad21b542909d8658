#!/bin/bash
# SBATCH_IGNORE_PBS turns #PBS lines off.
# slurm-oracle-env: SBATCH_IGNORE_PBS=1
#PBS -N ignored-name
#SBATCH -t 15
srun hostname
