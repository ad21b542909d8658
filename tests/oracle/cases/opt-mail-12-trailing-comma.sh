#!/bin/bash
# A trailing comma.
#SBATCH --mail-type=END,
srun hostname
