#!/bin/bash
# --distribution=*:cyclic.
#SBATCH -n 4 --distribution='*:cyclic'
srun hostname
