#!/bin/bash
# --exclusive=mcs.
#SBATCH --exclusive=mcs
srun hostname
