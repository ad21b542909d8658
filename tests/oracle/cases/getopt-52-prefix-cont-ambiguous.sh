#!/bin/bash
# --cont is ambiguous.
#SBATCH --cont
srun hostname
