#!/bin/bash
# -N 2-4 -n 1.
#SBATCH -N 2-4 -n 1
srun hostname
