#!/bin/bash
# --gpus-per-n, a unique prefix of --gpus-per-node.
#SBATCH -p gpu --gpus-per-n=1
srun hostname
