#!/bin/bash
# --gpu-bind=map_gpu:0,1.
#SBATCH -p gpu --gpus-per-node=2 --gpu-bind=map_gpu:0,1
srun hostname
