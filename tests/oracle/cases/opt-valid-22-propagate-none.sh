#!/bin/bash
# --propagate=NONE.
#SBATCH --propagate=NONE
srun hostname
