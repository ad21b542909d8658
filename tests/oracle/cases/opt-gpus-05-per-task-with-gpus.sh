#!/bin/bash
# --gpus-per-task with --gpus and no task count.
#SBATCH -p gpu --gpus=4 --gpus-per-task=2
srun hostname
