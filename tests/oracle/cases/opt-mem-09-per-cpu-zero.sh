#!/bin/bash
# --mem-per-cpu=0.
#SBATCH --mem-per-cpu=0
srun hostname
