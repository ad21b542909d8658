#!/bin/bash
# --TIME in upper case.
#SBATCH --TIME=5
srun hostname
