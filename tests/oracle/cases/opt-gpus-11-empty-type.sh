#!/bin/bash
# A colon without a type.
#SBATCH --gpus=:2
srun hostname
