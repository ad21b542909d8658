#!/bin/bash
# --mem-per-cpu on one line and --mem on another.
#SBATCH --mem-per-cpu=1G
#SBATCH --mem=8G
srun hostname
