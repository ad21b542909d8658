#!/bin/bash
# An empty --partition.
#SBATCH --partition=
srun hostname
