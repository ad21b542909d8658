#!/bin/bash
# --gpus / --gpus-per-task agrees with -n.
#SBATCH -p gpu -n 2 --gpus=4 --gpus-per-task=2
srun hostname
