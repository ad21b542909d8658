#!/bin/bash
# SBATCH_TIMELIMIT applies to every component.
# slurm-oracle-env: SBATCH_TIMELIMIT=25
#SBATCH -n 1
#SBATCH hetjob
#SBATCH -n 2 -t 50
srun hostname
