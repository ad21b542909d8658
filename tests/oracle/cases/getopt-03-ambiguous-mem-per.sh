#!/bin/bash
# --mem-per is ambiguous.
#SBATCH --mem-per=3G
srun hostname
