#!/bin/bash
# --ntasks-per-n, a unique prefix of --ntasks-per-node.
#SBATCH --ntasks-per-n=2
srun hostname
