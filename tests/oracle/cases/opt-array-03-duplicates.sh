#!/bin/bash
# Overlapping ranges.
#SBATCH --array=1-3,2-4
srun hostname
