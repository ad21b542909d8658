#!/bin/bash
# --cpus-per-gpu with --gpus.
#SBATCH -p gpu --gpus=2 --cpus-per-gpu=8
srun hostname
