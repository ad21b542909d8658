#!/bin/bash
# An @ with no time.
#SBATCH --signal=USR1@
srun hostname
