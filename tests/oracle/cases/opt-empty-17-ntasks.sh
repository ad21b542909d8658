#!/bin/bash
# An empty --ntasks.
#SBATCH --ntasks=
srun hostname
