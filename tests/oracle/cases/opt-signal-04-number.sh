#!/bin/bash
# A signal number.
#SBATCH --signal=10@60
srun hostname
