#!/bin/bash
# -N 2 --exclusive -n 1.
#SBATCH -N 2 --exclusive -n 1
srun hostname
