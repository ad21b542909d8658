#!/bin/bash
# -1 as a time limit.
#SBATCH --time=-1
srun hostname
