#!/bin/bash
# An invalid --distribution.
#SBATCH -m diagonal
srun hostname
