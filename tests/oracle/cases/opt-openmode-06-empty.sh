#!/bin/bash
# An empty --open-mode.
#SBATCH --open-mode=
srun hostname
