#!/bin/bash
# An empty --mail-type.
#SBATCH --mail-type=
srun hostname
