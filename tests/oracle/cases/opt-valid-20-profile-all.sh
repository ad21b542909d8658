#!/bin/bash
# --profile=all.
#SBATCH --profile=All
srun hostname
