#!/bin/bash
# --gpus-per-task=0 with -n.
#SBATCH -n 2 --gpus-per-task=0
srun hostname
