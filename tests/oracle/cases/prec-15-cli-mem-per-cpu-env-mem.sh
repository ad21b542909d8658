#!/bin/bash
# --mem-per-cpu on the command line, SBATCH_MEM_PER_NODE in the environment.
# slurm-oracle-env: SBATCH_MEM_PER_NODE=8G
# slurm-oracle-arg: --mem-per-cpu=1G
#SBATCH -J mem-prec
srun hostname
