#!/bin/bash
# --nodes is exact even though --nodefile and --nodelist share its start.
#SBATCH --node=2
srun hostname
