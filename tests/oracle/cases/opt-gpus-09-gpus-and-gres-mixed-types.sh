#!/bin/bash
# --gpus typed and --gres untyped.
#SBATCH -p gpu --gpus=a100:2 --gres=gpu:1
srun hostname
