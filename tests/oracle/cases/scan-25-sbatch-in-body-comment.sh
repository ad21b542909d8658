#!/bin/bash
# An #SBATCH line inside the body after a command.
#SBATCH -J body-comment
echo hi
#SBATCH --time=bogus
srun hostname
