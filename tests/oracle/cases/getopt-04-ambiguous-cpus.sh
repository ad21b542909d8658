#!/bin/bash
# --cpus is ambiguous.
#SBATCH --cpus=2
srun hostname
