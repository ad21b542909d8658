#!/bin/bash
# --n is ambiguous.
#SBATCH --n=2
srun hostname
