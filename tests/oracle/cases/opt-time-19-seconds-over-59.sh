#!/bin/bash
# MM:SS with 75 seconds.
#SBATCH --time=5:75
srun hostname
