#!/bin/bash
# Letters as indices.
#SBATCH --array=a-c
srun hostname
