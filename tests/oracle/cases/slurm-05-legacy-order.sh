#!/bin/bash
# #SLURM and #SBATCH are read in order; the last wins.
#SBATCH -t 9
#SLURM -t 7
srun hostname
