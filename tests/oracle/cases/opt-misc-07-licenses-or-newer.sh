#!/bin/bash
# Licenses joined by | (newer Slurm).
#SBATCH --licenses='matlab|fluent'
srun hostname
