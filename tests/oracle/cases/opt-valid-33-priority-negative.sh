#!/bin/bash
# --priority=-1.
#SBATCH --priority=-1
srun hostname
