#!/bin/bash
# SBATCH_WAIT4SWITCH from the environment with --switches.
# slurm-oracle-env: SBATCH_WAIT4SWITCH=120
#SBATCH --switches=1
srun hostname
