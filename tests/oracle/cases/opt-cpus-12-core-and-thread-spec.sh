#!/bin/bash
# --core-spec and --thread-spec together.
#SBATCH --core-spec=2 --thread-spec=2
srun hostname
