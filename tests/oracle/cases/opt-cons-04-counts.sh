#!/bin/bash
# Counts in brackets.
#SBATCH -N 4 --constraint=[a100*2&h100*2]
srun hostname
