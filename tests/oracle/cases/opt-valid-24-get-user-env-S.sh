#!/bin/bash
# --get-user-env=S.
#SBATCH --get-user-env=S
srun hostname
