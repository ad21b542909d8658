#!/bin/bash
# --ntasks-per-core=0.
#SBATCH --ntasks-per-core=0
srun hostname
