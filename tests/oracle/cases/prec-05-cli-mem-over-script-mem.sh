#!/bin/bash
# --mem on the command line beats --mem in the script.
# slurm-oracle-arg: --mem=2G
#SBATCH --mem=8G
srun hostname
