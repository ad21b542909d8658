#!/bin/bash
# afterany on every task of an array.
#SBATCH --dependency=afterany:10002_*
srun hostname
