#!/bin/bash
# A known and an unknown mail type.
#SBATCH --mail-type=END,SOMETIMES
srun hostname
