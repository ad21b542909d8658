#!/bin/bash
# --core-spec with letters.
#SBATCH --core-spec=two
srun hostname
