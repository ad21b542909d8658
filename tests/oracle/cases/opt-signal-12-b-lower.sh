#!/bin/bash
# b:USR1 in lower case.
#SBATCH --signal=b:USR1@60
srun hostname
