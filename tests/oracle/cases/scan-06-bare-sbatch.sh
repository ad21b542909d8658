#!/bin/bash
# A bare #SBATCH line.
#SBATCH
#SBATCH -J bare-line
srun hostname
