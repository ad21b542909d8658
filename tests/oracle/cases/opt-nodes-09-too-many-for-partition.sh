#!/bin/bash
# More nodes than partition debug allows (MaxNodes=4).
#SBATCH -p debug -N 8
srun hostname
