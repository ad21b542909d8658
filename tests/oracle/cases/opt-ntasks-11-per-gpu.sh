#!/bin/bash
# --ntasks-per-gpu with GPUs.
#SBATCH -p gpu --gpus=2 --ntasks-per-gpu=2
srun hostname
