#!/bin/bash
# A signal number above 64.
#SBATCH --signal=70
srun hostname
