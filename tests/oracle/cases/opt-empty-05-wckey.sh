#!/bin/bash
# An empty --wckey.
#SBATCH --wckey=
srun hostname
