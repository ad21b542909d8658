#!/bin/bash
# -n 0.
#SBATCH -n 0
srun hostname
