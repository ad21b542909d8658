#!/bin/bash
# --cpus-per-gpu without GPUs.
#SBATCH --cpus-per-gpu=4
srun hostname
