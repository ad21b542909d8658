#!/bin/bash
# An empty --constraint.
#SBATCH --constraint=
srun hostname
