#!/bin/bash
# SBATCH_OUTPUT from the environment over the script.
# slurm-oracle-env: SBATCH_OUTPUT=env-%j.out
#SBATCH -o script-%j.out
srun hostname
