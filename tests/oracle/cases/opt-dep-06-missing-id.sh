#!/bin/bash
# A type with no job id.
#SBATCH --dependency=afterok:
srun hostname
