#!/bin/bash
# --time-min above --time.
# compare-ir: must-reject
#SBATCH --time=10 --time-min=30
srun hostname
