#!/bin/bash
# SBATCH_NO_KILL.
# slurm-oracle-env: SBATCH_NO_KILL=1
#SBATCH -J nokill-env
srun hostname
