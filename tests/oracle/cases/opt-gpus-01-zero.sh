#!/bin/bash
# --gpus=0.
#SBATCH --gpus=0
srun hostname
