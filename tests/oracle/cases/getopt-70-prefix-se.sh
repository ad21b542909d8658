#!/bin/bash
# --se: no such option in Slurm 22.05.
#SBATCH --se=2
srun hostname
