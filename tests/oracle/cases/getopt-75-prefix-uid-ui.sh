#!/bin/bash
# --ui=0, a prefix of --uid.
#SBATCH --ui=0
srun hostname
