#!/bin/bash
# Text after the unit.
#SBATCH --mem=2Gx
srun hostname
