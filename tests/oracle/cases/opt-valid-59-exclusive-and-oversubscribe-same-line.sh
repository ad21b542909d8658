#!/bin/bash
# -s and --exclusive=user on one line.
#SBATCH --exclusive=user -s
srun hostname
