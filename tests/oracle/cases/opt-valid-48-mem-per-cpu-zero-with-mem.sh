#!/bin/bash
# --mem=0.
#SBATCH --mem=0 -n 2
srun hostname
