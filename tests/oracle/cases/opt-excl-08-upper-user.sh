#!/bin/bash
# --exclusive=USER in upper case.
#SBATCH --exclusive=USER
srun hostname
