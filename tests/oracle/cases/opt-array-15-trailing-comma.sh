#!/bin/bash
# A trailing comma in --array.
#SBATCH --array=1-3,
srun hostname
