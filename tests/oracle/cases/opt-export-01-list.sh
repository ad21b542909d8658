#!/bin/bash
# --export=A,B=2.
#SBATCH --export=FOO,BAR=2
srun hostname
