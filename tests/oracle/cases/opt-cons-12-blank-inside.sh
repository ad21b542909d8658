#!/bin/bash
# A blank inside a quoted constraint.
#SBATCH --constraint='a100 & ib'
srun hostname
