#!/bin/bash
# --cpus-per-gpu=0.
#SBATCH -p gpu --gpus=1 --cpus-per-gpu=0
srun hostname
