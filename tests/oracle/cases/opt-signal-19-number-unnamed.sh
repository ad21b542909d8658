#!/bin/bash
# A signal number without a name (31).
#SBATCH --signal=31@100
srun hostname
