#!/bin/bash
# --exclusive=topo (newer Slurm).
# compare-ir: must-accept
#SBATCH --exclusive=topo
srun hostname
