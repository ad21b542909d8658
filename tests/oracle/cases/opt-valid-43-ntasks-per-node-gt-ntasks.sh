#!/bin/bash
# --ntasks-per-node larger than --ntasks.
#SBATCH -n 2 --ntasks-per-node=4
srun hostname
