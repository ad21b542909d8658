#!/bin/bash
# An empty --nice=.
#SBATCH --nice=
srun hostname
