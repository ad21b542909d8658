#!/bin/bash
# --gpus-per-node written as type only.
#SBATCH -p gpu --gpus-per-node=a100
srun hostname
