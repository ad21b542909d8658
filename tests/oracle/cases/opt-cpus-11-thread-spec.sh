#!/bin/bash
# --thread-spec=2.
#SBATCH --thread-spec=2
srun hostname
