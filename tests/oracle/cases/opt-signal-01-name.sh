#!/bin/bash
# --signal=USR1 without a time.
#SBATCH --signal=USR1
srun hostname
