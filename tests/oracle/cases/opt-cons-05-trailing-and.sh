#!/bin/bash
# A trailing &.
#SBATCH --constraint=a100&
srun hostname
