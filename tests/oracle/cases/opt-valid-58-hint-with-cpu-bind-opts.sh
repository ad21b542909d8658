#!/bin/bash
# --hint with --threads-per-core.
#SBATCH --hint=nomultithread --threads-per-core=1
srun hostname
