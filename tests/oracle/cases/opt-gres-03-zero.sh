#!/bin/bash
# --gres=gpu:0.
#SBATCH --gres=gpu:0
srun hostname
