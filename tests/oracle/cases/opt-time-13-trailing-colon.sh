#!/bin/bash
# A trailing colon leaves a field empty.
#SBATCH --time=10:
srun hostname
