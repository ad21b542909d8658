#!/bin/bash
# A negative index.
#SBATCH --array=-1
srun hostname
