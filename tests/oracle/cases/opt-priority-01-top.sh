#!/bin/bash
# --priority=TOP.
#SBATCH --priority=TOP
srun hostname
