#!/bin/bash
# GPUs do not carry over.
#SBATCH -p gpu --gpus-per-node=2 -n 1
#SBATCH hetjob
#SBATCH -p gpu -n 2
srun hostname
