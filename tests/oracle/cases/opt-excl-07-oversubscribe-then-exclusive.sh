#!/bin/bash
# --oversubscribe then --exclusive.
#SBATCH -s
#SBATCH --exclusive
srun hostname
