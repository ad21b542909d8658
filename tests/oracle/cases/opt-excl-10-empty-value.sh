#!/bin/bash
# --exclusive= with an empty value.
#SBATCH --exclusive=
srun hostname
