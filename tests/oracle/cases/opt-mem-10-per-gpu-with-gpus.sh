#!/bin/bash
# --mem-per-gpu with --gpus.
#SBATCH -p gpu --gpus=2 --mem-per-gpu=20G
srun hostname
