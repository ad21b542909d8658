#!/bin/bash
# --chdir to an absolute path.
#SBATCH -D /tmp
srun hostname
