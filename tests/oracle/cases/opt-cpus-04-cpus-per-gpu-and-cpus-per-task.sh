#!/bin/bash
# --cpus-per-gpu and --cpus-per-task together.
#SBATCH -p gpu --gpus=2 --cpus-per-gpu=8 -c 2
srun hostname
