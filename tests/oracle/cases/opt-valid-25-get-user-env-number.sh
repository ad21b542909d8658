#!/bin/bash
# --get-user-env=30.
#SBATCH --get-user-env=30
srun hostname
