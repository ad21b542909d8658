#!/bin/bash
# --gpus-per is ambiguous.
#SBATCH -p gpu --gpus-per=1
srun hostname
