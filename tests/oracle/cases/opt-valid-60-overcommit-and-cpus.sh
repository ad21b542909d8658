#!/bin/bash
# -O with --ntasks-per-node.
#SBATCH -O --ntasks-per-node=256
srun hostname
