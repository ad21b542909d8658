#!/bin/bash
# --contiguous=yes: a flag given a value.
#SBATCH --contiguous=yes
srun hostname
