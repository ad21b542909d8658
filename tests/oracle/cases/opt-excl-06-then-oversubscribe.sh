#!/bin/bash
# --exclusive then --oversubscribe.
#SBATCH --exclusive
#SBATCH --oversubscribe
srun hostname
