#!/bin/bash
# -B 2:8.
#SBATCH -B 2:8
srun hostname
