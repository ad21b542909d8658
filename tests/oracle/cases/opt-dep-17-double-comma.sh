#!/bin/bash
# Two commas in a row.
#SBATCH --dependency=afterok:10001,,afterany:10002
srun hostname
