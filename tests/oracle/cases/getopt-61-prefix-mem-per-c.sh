#!/bin/bash
# --mem-per-c, a unique prefix.
#SBATCH -n 2 --mem-per-c=1G
srun hostname
