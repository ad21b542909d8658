#!/bin/bash
# A typed request for zero GPUs does not clash with an untyped one.
#SBATCH -p gpu --gres=gpu:a100:0 --gpus-per-node=1
srun hostname
