#!/bin/bash
# An empty --gres.
#SBATCH --gres=
srun hostname
