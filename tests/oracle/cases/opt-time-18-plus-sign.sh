#!/bin/bash
# A leading plus sign in a time.
#SBATCH --time=+30
srun hostname
