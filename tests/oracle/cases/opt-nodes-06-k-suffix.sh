#!/bin/bash
# A k suffix on a node count.
#SBATCH --nodes=1k
srun hostname
