#!/bin/bash
# SBATCH_MEM_PER_CPU in the environment, --mem in component 0.
# slurm-oracle-env: SBATCH_MEM_PER_CPU=1G
#SBATCH --mem=4G -n 1
#SBATCH hetjob
#SBATCH -n 2
srun hostname
