#!/bin/bash
# --core-spec=4.
#SBATCH --core-spec=4
srun hostname
