#!/bin/bash
# A value that starts with a dash, as the next word.
#SBATCH --job-name -dash-name
srun hostname
