#!/bin/bash
# Adjacent quoted pieces.
#SBATCH --job-name='ab'"cd"
srun hostname
