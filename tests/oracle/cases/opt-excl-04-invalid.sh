#!/bin/bash
# --exclusive=bogus.
#SBATCH --exclusive=bogus
srun hostname
