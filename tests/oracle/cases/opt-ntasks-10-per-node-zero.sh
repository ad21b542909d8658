#!/bin/bash
# --ntasks-per-node=0.
#SBATCH --ntasks-per-node=0
srun hostname
