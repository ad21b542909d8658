#!/bin/bash
# A unique prefix of a long option: --job=.
#SBATCH --job=prefix-name
srun hostname
