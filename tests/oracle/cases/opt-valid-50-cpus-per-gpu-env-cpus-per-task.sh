#!/bin/bash
# SBATCH_CPUS_PER_GPU in the environment and -c in the script.
# slurm-oracle-env: SBATCH_CPUS_PER_GPU=2
#SBATCH -p gpu --gpus=1 -c 4
srun hostname
