#!/bin/bash
# An empty --chdir.
#SBATCH --chdir=
srun hostname
