#!/bin/bash
# A word that is not a time.
#SBATCH --begin=soon
srun hostname
