#!/bin/bash
# -J at the end of a line takes the next line's first word.
#SBATCH -J
#SBATCH next-line-name -t 5
srun hostname
