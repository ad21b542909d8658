#!/bin/bash
# --export=NONE,FOO=1.
#SBATCH --export=NONE,FOO=1
srun hostname
