#!/bin/bash
# --tasks-per-node, the old name of --ntasks-per-node.
#SBATCH -N 2 --tasks-per-node=3
srun hostname
