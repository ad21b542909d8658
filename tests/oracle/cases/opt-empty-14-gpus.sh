#!/bin/bash
# An empty --gpus.
#SBATCH --gpus=
srun hostname
