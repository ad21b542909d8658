#!/bin/bash
# SBATCH_PARTITION and a het job.
# slurm-oracle-env: SBATCH_PARTITION=debug
#SBATCH -n 1 -p long
#SBATCH hetjob
#SBATCH -n 2
srun hostname
