#!/bin/bash
# An empty --mail-user.
#SBATCH --mail-type=END --mail-user=
srun hostname
