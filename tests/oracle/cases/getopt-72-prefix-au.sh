#!/bin/bash
# --au: no such option in Slurm 22.05.
#SBATCH --au=x
srun hostname
