#!/bin/bash
# -B with letters.
#SBATCH --extra-node-info=x:y
srun hostname
