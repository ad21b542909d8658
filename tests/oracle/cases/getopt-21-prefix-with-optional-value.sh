#!/bin/bash
# --excl=user, a prefix with a value.
#SBATCH --excl=user
srun hostname
