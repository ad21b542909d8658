#!/bin/bash
# --thread-spec with letters.
#SBATCH --thread-spec=x
srun hostname
