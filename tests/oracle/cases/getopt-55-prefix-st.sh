#!/bin/bash
# --st: no such option in Slurm 22.05.
#SBATCH --st
srun hostname
