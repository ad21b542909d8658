#!/bin/bash
# --mem and --mem-per-gpu together.
#SBATCH -p gpu --gpus=1 --mem=10G --mem-per-gpu=5G
srun hostname
