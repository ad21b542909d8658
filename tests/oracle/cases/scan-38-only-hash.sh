#!/bin/bash
# A line with only #.
#SBATCH -J hash-only
#
#SBATCH -t 5
srun hostname
