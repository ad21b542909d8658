#!/bin/bash
# --exclusive with --mem=0.
#SBATCH --exclusive --mem=0
srun hostname
