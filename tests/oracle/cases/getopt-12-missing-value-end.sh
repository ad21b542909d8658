#!/bin/bash
# --time with no value at all.
#SBATCH -J missing-val
#SBATCH --time
srun hostname
