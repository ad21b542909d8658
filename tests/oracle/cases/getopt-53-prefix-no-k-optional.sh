#!/bin/bash
# --no-k=off, a prefix with an optional value.
#SBATCH --no-k=off
srun hostname
