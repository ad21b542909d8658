#!/bin/bash
# SBATCH_TIMELIMIT=0.
# slurm-oracle-env: SBATCH_TIMELIMIT=0
#SBATCH -J tl-zero
srun hostname
