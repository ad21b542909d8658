#!/bin/bash
# Blank lines between directives.
#SBATCH -J blanks


#SBATCH -t 5
srun hostname
