#!/bin/bash
# --mem on the command line, --mem-per-cpu in the script.
# slurm-oracle-arg: --mem=4G
#SBATCH --mem-per-cpu=1G
srun hostname
