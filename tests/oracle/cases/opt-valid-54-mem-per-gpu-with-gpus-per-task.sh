#!/bin/bash
# --mem-per-gpu with --gpus-per-task.
#SBATCH -p gpu -n 1 --gpus-per-task=1 --mem-per-gpu=8G
srun hostname
