#!/bin/bash
# --arr=1-3.
#SBATCH --arr=1-3
srun hostname
