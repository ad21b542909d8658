#!/bin/bash
# A comma inside parentheses.
#SBATCH --constraint='(a100,ib)|h100'
srun hostname
