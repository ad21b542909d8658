#!/bin/bash
# Parentheses and operators.
#SBATCH --constraint='(a100|h100)&ib'
srun hostname
