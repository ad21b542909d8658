#!/bin/bash
# An empty --account.
#SBATCH --account=
srun hostname
