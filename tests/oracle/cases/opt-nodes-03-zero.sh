#!/bin/bash
# -N 0.
# compare-ir: must-reject
#SBATCH -N 0
srun hostname
