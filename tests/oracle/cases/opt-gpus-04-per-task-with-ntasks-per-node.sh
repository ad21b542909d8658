#!/bin/bash
# --gpus-per-task with --ntasks-per-node only.
#SBATCH -p gpu --ntasks-per-node=2 --gpus-per-task=1
srun hostname
