#!/bin/bash
# --exclusive user: an optional argument cannot follow a blank.
#SBATCH --exclusive user
srun hostname
