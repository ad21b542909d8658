#!/bin/bash
# A backslash at the end of the line.
#SBATCH --job-name=abc\
srun hostname
