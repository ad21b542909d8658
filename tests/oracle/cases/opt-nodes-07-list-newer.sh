#!/bin/bash
# A node count list (newer Slurm).
# compare-ir: must-accept
#SBATCH --nodes=2,4
srun hostname
