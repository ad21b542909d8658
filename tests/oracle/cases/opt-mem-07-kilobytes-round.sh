#!/bin/bash
# 1000K is less than a MiB.
#SBATCH --mem=1000K
srun hostname
