#!/bin/bash
# Signal number 0.
#SBATCH --signal=0
srun hostname
