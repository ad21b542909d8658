#!/bin/bash
# --nice=-10.
#SBATCH --nice=-10
srun hostname
