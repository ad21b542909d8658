#!/bin/bash
# The day separator after a colon.
#SBATCH --time=1:2-3
srun hostname
