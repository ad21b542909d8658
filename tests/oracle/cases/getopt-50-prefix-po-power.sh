#!/bin/bash
# --po, a prefix of --power in Slurm 22.05.
#SBATCH --po=level
srun hostname
