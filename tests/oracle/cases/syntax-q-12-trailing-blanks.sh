#!/bin/bash
# Trailing blanks after the last word.
#SBATCH -J trailing   
srun hostname
