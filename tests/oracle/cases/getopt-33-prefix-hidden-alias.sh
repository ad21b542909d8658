#!/bin/bash
# --tasks-per, a prefix of the hidden --tasks-per-node.
#SBATCH --tasks-per=2
srun hostname
