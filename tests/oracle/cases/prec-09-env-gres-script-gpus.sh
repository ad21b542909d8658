#!/bin/bash
# SBATCH_GRES in the environment and --gpus-per-node in the script.
# slurm-oracle-env: SBATCH_GRES=gpu:1
#SBATCH -p gpu --gpus-per-node=2
srun hostname
