#!/bin/bash
# --time-min without --time.
#SBATCH --time-min=30
srun hostname
