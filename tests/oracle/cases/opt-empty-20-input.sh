#!/bin/bash
# An empty --input.
#SBATCH --input=
srun hostname
