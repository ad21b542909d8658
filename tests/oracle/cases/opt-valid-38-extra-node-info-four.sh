#!/bin/bash
# -B 1:2:3:4.
#SBATCH -B 1:2:3:4
srun hostname
