#!/bin/bash
# --ignore-pbs.
#SBATCH --ignore-pbs
srun hostname
