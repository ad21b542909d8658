#!/bin/bash
# --exclu, a prefix of --exclusive.
#SBATCH --exclu
srun hostname
