#!/bin/bash
# SBATCH_CPU_FREQ_REQ is sbatch 22.05's variable for --cpu-freq.
# slurm-oracle-env: SBATCH_CPU_FREQ_REQ=high
#SBATCH -J cpufreq-env
srun hostname
