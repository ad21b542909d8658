#!/bin/bash
# --propagate with an unknown limit.
#SBATCH --propagate=SPEED
srun hostname
