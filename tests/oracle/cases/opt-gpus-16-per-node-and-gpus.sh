#!/bin/bash
# --gpus and --gpus-per-node together.
#SBATCH -p gpu -N 2 --gpus=4 --gpus-per-node=2
srun hostname
