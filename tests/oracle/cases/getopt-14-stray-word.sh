#!/bin/bash
# A word that is not an option.
#SBATCH nodes=2
srun hostname
