#!/bin/bash
# --mem is exact even though --mem-per-cpu starts with it.
#SBATCH --mem=3G
srun hostname
