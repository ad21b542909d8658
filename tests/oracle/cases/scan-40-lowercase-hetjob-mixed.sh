#!/bin/bash
# HetJob in mixed case.
#SBATCH -n 1
#SBATCH HetJob
#SBATCH -n 2
srun hostname
