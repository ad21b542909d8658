#!/bin/bash
# --core-s, a unique prefix of --core-spec.
#SBATCH --core-s=1
srun hostname
