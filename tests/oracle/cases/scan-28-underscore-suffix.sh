#!/bin/bash
# #SBATCH_X is #SBATCH followed by a word.
#SBATCH -J us
#SBATCH_X
srun hostname
