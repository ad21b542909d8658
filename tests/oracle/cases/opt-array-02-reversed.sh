#!/bin/bash
# A reversed range 5-1.
#SBATCH --array=5-1
srun hostname
