#!/bin/bash
# A range without its end: 1-.
#SBATCH --array=1-
srun hostname
