#!/bin/bash
# --priority=high.
#SBATCH --priority=high
srun hostname
