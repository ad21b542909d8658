#!/bin/bash
# --threads-per-core=0.
#SBATCH --threads-per-core=0
srun hostname
