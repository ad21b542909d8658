#!/bin/bash
# --extra=2:4: in Slurm 22.05 a prefix of --extra-node-info.
#SBATCH --extra=2:4
srun hostname
