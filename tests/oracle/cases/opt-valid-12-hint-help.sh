#!/bin/bash
# --hint=help prints and exits.
#SBATCH --hint=help
srun hostname
