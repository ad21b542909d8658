#!/bin/bash
# Two backslashes.
#SBATCH --job-name=a\\b
srun hostname
