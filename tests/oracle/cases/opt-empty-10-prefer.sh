#!/bin/bash
# An empty --prefer.
#SBATCH --prefer=
srun hostname
