#!/bin/bash
# --gpus-per-task without tasks in the second component.
#SBATCH -n 1
#SBATCH hetjob
#SBATCH -p gpu --gpus-per-task=1
srun hostname
