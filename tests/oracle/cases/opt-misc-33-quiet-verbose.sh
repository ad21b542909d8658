#!/bin/bash
# -Q and -v.
#SBATCH -Q
#SBATCH -vv
srun hostname
