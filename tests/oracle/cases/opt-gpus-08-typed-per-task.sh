#!/bin/bash
# --gpus-per-task with a type.
#SBATCH -p gpu -n 2 --gpus-per-task=h100:1
srun hostname
