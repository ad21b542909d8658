#!/bin/bash
# An empty --mem.
#SBATCH --mem=
srun hostname
