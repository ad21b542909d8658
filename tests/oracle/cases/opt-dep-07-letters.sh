#!/bin/bash
# Letters as a job id.
#SBATCH --dependency=afterok:abc
srun hostname
