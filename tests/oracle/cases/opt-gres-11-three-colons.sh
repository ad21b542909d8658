#!/bin/bash
# Too many fields.
#SBATCH --gres=gpu:a100:2:3
srun hostname
