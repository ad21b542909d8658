#!/bin/bash
# The type in upper case.
#SBATCH --dependency=AFTEROK:10001
srun hostname
