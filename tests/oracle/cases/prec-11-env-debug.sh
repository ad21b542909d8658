#!/bin/bash
# SBATCH_DEBUG sets --verbose.
# slurm-oracle-env: SBATCH_DEBUG=1
#SBATCH -J debug-env
srun hostname
