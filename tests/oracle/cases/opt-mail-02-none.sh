#!/bin/bash
# NONE.
#SBATCH --mail-type=NONE
srun hostname
