#!/bin/bash
# A plus sign before the size.
#SBATCH --mem=+2G
srun hostname
