#!/bin/bash
# --get-user-env=10L.
#SBATCH --get-user-env=10L
srun hostname
