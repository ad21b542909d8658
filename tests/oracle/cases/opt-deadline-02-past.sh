#!/bin/bash
# A deadline in the past.
# compare-ir: must-reject
#SBATCH -t 60 --deadline=2001-01-01
srun hostname
