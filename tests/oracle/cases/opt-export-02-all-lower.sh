#!/bin/bash
# --export=all.
#SBATCH --export=all
srun hostname
