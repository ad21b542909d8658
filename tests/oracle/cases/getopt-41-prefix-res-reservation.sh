#!/bin/bash
# --res, a unique prefix of --reservation in Slurm 22.05.
#SBATCH --res=resv1
srun hostname
