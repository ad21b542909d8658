#!/bin/bash
# --gpus-per-task with -N only.
#SBATCH -p gpu -N 2 --gpus-per-task=1
srun hostname
