#!/bin/bash
# --nice without a value.
#SBATCH --nice
srun hostname
