#!/bin/bash
# A backslash before a letter.
#SBATCH --job-name=a\bc
srun hostname
