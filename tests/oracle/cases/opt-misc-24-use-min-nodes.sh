#!/bin/bash
# --use-min-nodes with a range.
#SBATCH -N 2-4 --use-min-nodes
srun hostname
