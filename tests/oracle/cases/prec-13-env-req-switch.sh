#!/bin/bash
# SBATCH_REQ_SWITCH.
# slurm-oracle-env: SBATCH_REQ_SWITCH=1
#SBATCH -J switch-env
srun hostname
