#!/bin/bash
# #SBATCHX is not #SBATCH.
#SBATCH -J suffix-check
#SBATCHX -t 5
srun hostname
