#!/bin/bash
# --time-m=30, a prefix of --time-min.
#SBATCH -t 60 --time-m=30
srun hostname
