#!/bin/bash
# A command-line -n with -N in the script.
# slurm-oracle-arg: -n 6
#SBATCH -N 2
srun hostname
