#!/bin/bash
# A GRES count with a k multiplier.
#SBATCH --gres=gpu:1k
srun hostname
