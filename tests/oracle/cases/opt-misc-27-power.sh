#!/bin/bash
# --power, known to Slurm 22.05.
#SBATCH --power=level
srun hostname
