#!/bin/bash
# An empty --dependency.
#SBATCH --dependency=
srun hostname
