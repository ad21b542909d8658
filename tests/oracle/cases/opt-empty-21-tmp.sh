#!/bin/bash
# An empty --tmp.
#SBATCH --tmp=
srun hostname
