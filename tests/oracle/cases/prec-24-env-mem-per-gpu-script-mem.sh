#!/bin/bash
# SBATCH_MEM_PER_GPU in the environment, --mem in the script.
# slurm-oracle-env: SBATCH_MEM_PER_GPU=4G
#SBATCH -p gpu --gpus=1 --mem=8G
srun hostname
