#!/bin/bash
# --ntasks=3 is exact though --ntasks-per-* start with it.
#SBATCH --ntasks=3 --ntasks-per-c=1
srun hostname
