#!/bin/bash
# A node range 1-1k.
#SBATCH --nodes=1-1k
srun hostname
