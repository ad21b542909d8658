#!/bin/bash
# --gres=gpu and --gpus-per-node together.
#SBATCH -p gpu --gres=gpu:2 --gpus-per-node=2
srun hostname
