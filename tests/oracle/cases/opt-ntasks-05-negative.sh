#!/bin/bash
# A negative task count.
#SBATCH --ntasks=-4
srun hostname
