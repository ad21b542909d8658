#!/bin/bash
# --hint with --ntasks-per-core.
#SBATCH -n 4 --hint=compute_bound --ntasks-per-core=1
srun hostname
