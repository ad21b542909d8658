#!/bin/bash
# --get-user-env with a bad value.
#SBATCH --get-user-env=forever
srun hostname
