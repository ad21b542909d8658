#!/bin/bash
# --context, hidden in the manual.
#SBATCH --context=unconfined
srun hostname
