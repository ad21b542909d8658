#!/bin/bash
# --propagate=STACK,CORE.
#SBATCH --propagate=STACK,CORE
srun hostname
