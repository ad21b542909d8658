#!/bin/bash
# --no-kill=off.
#SBATCH --no-kill=off
srun hostname
