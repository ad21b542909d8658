#!/bin/bash
# #SBATCH glued to a short option.
#SBATCH-J glued-short
srun hostname
