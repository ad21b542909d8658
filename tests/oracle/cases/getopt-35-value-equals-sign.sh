#!/bin/bash
# A value containing =.
#SBATCH --comment=a=b=c
srun hostname
