#!/bin/bash
# Directives after an empty-looking command line.
#SBATCH -J stop
echo start
#SBATCH -t 99
srun hostname
