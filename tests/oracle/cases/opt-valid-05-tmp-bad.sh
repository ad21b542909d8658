#!/bin/bash
# --tmp with a bad unit.
#SBATCH --tmp=10X
srun hostname
