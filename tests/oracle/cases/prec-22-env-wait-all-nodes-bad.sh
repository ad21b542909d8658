#!/bin/bash
# An invalid SBATCH_WAIT_ALL_NODES.
# slurm-oracle-env: SBATCH_WAIT_ALL_NODES=5
#SBATCH -J wan-env
srun hostname
