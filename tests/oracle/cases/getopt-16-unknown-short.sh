#!/bin/bash
# An unknown short option -y.
#SBATCH -y
srun hostname
