#!/bin/bash
# An unknown mail type alone.
#SBATCH --mail-type=SOMETIMES
srun hostname
