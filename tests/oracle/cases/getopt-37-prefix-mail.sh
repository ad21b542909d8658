#!/bin/bash
# --mail, ambiguous between --mail-type and --mail-user.
#SBATCH --mail=END
srun hostname
