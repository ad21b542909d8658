#!/bin/bash
# --gres=gpu without a count is one GPU.
#SBATCH -p gpu --gres=gpu
srun hostname
