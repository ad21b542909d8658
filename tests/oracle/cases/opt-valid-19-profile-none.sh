#!/bin/bash
# --profile=none.
#SBATCH --profile=none
srun hostname
