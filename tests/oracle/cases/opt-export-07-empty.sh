#!/bin/bash
# An empty --export.
#SBATCH --export=
srun hostname
