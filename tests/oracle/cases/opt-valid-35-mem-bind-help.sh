#!/bin/bash
# --mem-bind=help.
#SBATCH --mem-bind=help
srun hostname
