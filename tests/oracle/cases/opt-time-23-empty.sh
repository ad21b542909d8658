#!/bin/bash
# An empty time.
#SBATCH --time=
srun hostname
