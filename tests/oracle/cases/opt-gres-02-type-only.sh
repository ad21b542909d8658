#!/bin/bash
# --gres=gpu:a100 names a type and no count.
#SBATCH -p gpu --gres=gpu:a100
srun hostname
