#!/bin/bash
# NONE then END.
#SBATCH --mail-type=NONE
#SBATCH --mail-type=END
srun hostname
