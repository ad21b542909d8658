#!/bin/bash
# END then NONE.
#SBATCH --mail-type=END
#SBATCH --mail-type=NONE
srun hostname
