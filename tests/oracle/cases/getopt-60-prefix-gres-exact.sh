#!/bin/bash
# --gres is exact though --gres-flags starts with it.
#SBATCH --gres-f=enforce-binding
srun hostname
