#!/bin/bash
# --mem-bind=local.
#SBATCH --mem-bind=local
srun hostname
