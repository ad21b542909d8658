#!/bin/bash
# #SBATCH glued to a #.
#SBATCH#--time=5
#SBATCH -J glued-hash
srun hostname
