#!/bin/bash
# --cluster-c, a prefix of --cluster-constraint.
#SBATCH --cluster-c=east
srun hostname
