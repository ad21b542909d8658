#!/bin/bash
# A zero time limit: sbatch reads 0 minutes.
#SBATCH --time=0
srun hostname
