#!/bin/bash
# #SBATCH--time after the first command is ignored.
#SBATCH -J stop2
hostname
#SBATCH--time=5
srun hostname
