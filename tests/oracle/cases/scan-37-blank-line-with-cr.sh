#!/bin/bash
# A line holding only a carriage return.
#SBATCH -J cr-line

#SBATCH -t 5
srun hostname
