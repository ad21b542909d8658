#!/bin/bash
# #SBATCH glued to its option.
#SBATCH -J glued-check
#SBATCH--time=5
srun hostname
