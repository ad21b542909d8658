#!/bin/bash
# A unit with B: 512MB.
#SBATCH --mem=512MB
srun hostname
