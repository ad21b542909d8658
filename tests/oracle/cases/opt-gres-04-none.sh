#!/bin/bash
# --gres=none.
#SBATCH --gres=none
srun hostname
