#!/bin/bash
# A P suffix.
#SBATCH --mem=1P
srun hostname
