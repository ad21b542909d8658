#!/bin/bash
# -x with a bracket list of singles.
#SBATCH -x n[001,003,005]
srun hostname
