#!/bin/bash
# SBATCH_TIMELIMIT beats a #PBS walltime.
# slurm-oracle-env: SBATCH_TIMELIMIT=20
#PBS -l walltime=2:00:00
srun hostname
