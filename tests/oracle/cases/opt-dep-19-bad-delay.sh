#!/bin/bash
# A delay that is not a number.
#SBATCH --dependency=after:10001+x
srun hostname
