#!/bin/bash
# --propagate without a value.
#SBATCH --propagate
srun hostname
