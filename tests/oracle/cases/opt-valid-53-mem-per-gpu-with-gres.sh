#!/bin/bash
# --mem-per-gpu with --gres=gpu.
#SBATCH -p gpu --gres=gpu:1 --mem-per-gpu=8G
srun hostname
