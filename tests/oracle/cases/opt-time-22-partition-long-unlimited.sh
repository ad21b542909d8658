#!/bin/bash
# No --time in partition long: UNLIMITED.
#SBATCH -p long
srun hostname
