#!/bin/bash
# A count outside brackets.
#SBATCH -N 2 --constraint=a100*2
srun hostname
