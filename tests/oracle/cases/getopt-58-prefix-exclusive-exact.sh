#!/bin/bash
# --exclusive is exact; --exclusiv is a prefix.
#SBATCH --exclusiv=user
srun hostname
