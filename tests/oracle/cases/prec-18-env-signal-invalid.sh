#!/bin/bash
# An invalid SBATCH_SIGNAL.
# slurm-oracle-env: SBATCH_SIGNAL=NOPE
#SBATCH -J sig-bad-env
srun hostname
