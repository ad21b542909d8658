#!/bin/bash
# A task count with text after it.
#SBATCH --ntasks=4x
srun hostname
