#!/bin/bash
# SBATCH_PARTITION beats the script.
# slurm-oracle-env: SBATCH_PARTITION=debug
#SBATCH -p long
srun hostname
