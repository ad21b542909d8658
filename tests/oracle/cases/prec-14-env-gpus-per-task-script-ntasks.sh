#!/bin/bash
# SBATCH_GPUS_PER_TASK with -n in the script.
# slurm-oracle-env: SBATCH_GPUS_PER_TASK=1
#SBATCH -p gpu -n 2
srun hostname
