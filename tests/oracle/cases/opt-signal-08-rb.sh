#!/bin/bash
# RB: both flags.
#SBATCH --signal=RB:USR1@60
srun hostname
