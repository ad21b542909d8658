#!/bin/bash
# MM:SS with 90 minutes and 59 seconds.
#SBATCH --time=90:59
srun hostname
