#!/bin/bash
# A quoted size with a leading blank.
#SBATCH --mem=' 2G'
srun hostname
