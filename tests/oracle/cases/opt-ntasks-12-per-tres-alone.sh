#!/bin/bash
# --ntasks-per-tres without any GPU request.
#SBATCH --ntasks-per-tres=1
srun hostname
