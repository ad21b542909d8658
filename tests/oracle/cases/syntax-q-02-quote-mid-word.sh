#!/bin/bash
# Quotes in the middle of a word.
#SBATCH --job-name=a"b c"d
srun hostname
