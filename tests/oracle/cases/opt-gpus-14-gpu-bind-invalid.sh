#!/bin/bash
# An invalid --gpu-bind.
#SBATCH -p gpu --gpus-per-node=1 --gpu-bind=nearest
srun hostname
