#!/bin/bash
# --gpus-per-task and --ntasks-per-gpu together.
#SBATCH -p gpu -n 2 --gpus-per-task=1 --ntasks-per-gpu=1
srun hostname
