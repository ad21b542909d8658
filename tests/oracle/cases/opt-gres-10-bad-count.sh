#!/bin/bash
# A GRES count with letters.
#SBATCH --gres=gpu:two
srun hostname
