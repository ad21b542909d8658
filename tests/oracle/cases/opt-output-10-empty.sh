#!/bin/bash
# An empty -o.
#SBATCH --output=
srun hostname
