#!/bin/bash
# -N 4 -n 2: fewer tasks than nodes.
#SBATCH -N 4 -n 2
srun hostname
