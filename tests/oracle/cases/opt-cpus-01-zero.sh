#!/bin/bash
# -c 0.
#SBATCH -c 0
srun hostname
