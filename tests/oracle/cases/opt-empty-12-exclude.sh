#!/bin/bash
# An empty --exclude.
#SBATCH --exclude=
srun hostname
