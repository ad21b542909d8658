#!/bin/bash
# A large minute count, well above the partition maximum.
#SBATCH --time=100000
srun hostname
