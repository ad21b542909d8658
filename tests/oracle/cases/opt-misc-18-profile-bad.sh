#!/bin/bash
# --profile with an unknown word.
#SBATCH --profile=everything
srun hostname
