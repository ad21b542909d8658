#!/bin/bash
# --gpus / --gpus-per-task gives a task count other than -n.
#SBATCH -p gpu -n 2 --gpus=2 --gpus-per-task=2
srun hostname
