#!/bin/bash
# --mem-per-cpu and --mem-per-gpu together.
#SBATCH -p gpu --gpus=1 --mem-per-cpu=1G --mem-per-gpu=5G
srun hostname
