#!/bin/bash
# --cluster is exact though --cluster-constraint and --clusters start with it.
#SBATCH --cluster-con=east
srun hostname
