#!/bin/bash
# --ntasks-per-gpu without GPUs.
#SBATCH --ntasks-per-gpu=2
srun hostname
