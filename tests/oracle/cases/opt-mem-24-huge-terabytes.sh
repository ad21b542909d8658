#!/bin/bash
# More memory than any node has: 5T.
#SBATCH --mem=5T
srun hostname
