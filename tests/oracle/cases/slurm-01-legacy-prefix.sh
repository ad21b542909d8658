#!/bin/bash
# #SLURM is read as #SBATCH (sbatch prints an error but submits).
#SLURM -t 7
srun hostname
