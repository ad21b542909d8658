#!/bin/bash
# An empty --array.
#SBATCH --array=
srun hostname
