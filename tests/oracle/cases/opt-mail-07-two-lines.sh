#!/bin/bash
# --mail-type on two lines.
#SBATCH --mail-type=BEGIN
#SBATCH --mail-type=END
srun hostname
