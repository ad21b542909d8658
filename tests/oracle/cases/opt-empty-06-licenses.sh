#!/bin/bash
# An empty --licenses.
#SBATCH --licenses=
srun hostname
