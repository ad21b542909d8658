#!/bin/bash
# B without a colon.
#SBATCH --signal=BUSR1
srun hostname
