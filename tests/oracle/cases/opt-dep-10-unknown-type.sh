#!/bin/bash
# An unknown type.
#SBATCH --dependency=afterfoo:10001
srun hostname
