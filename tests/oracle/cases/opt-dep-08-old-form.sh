#!/bin/bash
# The old form: a bare job id.
#SBATCH --dependency=10001
srun hostname
