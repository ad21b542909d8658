#!/bin/bash
# An invalid SBATCH_CPU_FREQ_REQ.
# slurm-oracle-env: SBATCH_CPU_FREQ_REQ=turbo
#SBATCH -J cpufreq-env-bad
srun hostname
