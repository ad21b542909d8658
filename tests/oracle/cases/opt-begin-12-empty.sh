#!/bin/bash
# An empty --begin.
#SBATCH --begin=
srun hostname
