#!/bin/bash
# B:10 by number.
#SBATCH --signal=B:10
srun hostname
