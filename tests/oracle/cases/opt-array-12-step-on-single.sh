#!/bin/bash
# A step on a single index.
#SBATCH --array=3:2
srun hostname
