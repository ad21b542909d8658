#!/bin/bash
# An empty --error.
#SBATCH --error=
srun hostname
