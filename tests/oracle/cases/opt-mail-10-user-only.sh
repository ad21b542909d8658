#!/bin/bash
# --mail-user without --mail-type.
#SBATCH --mail-user=ops@example.org
srun hostname
