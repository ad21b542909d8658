#!/bin/bash
# --nice above its limit.
#SBATCH --nice=3000000000
srun hostname
