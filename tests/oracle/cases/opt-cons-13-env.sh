#!/bin/bash
# SBATCH_CONSTRAINT from the environment.
# slurm-oracle-env: SBATCH_CONSTRAINT=skylake
#SBATCH -J cons-env
srun hostname
