#!/bin/bash
# An invalid --gpu-freq.
#SBATCH -p gpu --gpus=1 --gpu-freq=warp
srun hostname
