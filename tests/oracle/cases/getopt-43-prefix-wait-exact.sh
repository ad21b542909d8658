#!/bin/bash
# --wait is exact although --wait-all-nodes starts with it.
#SBATCH --wait-all=1
srun hostname
