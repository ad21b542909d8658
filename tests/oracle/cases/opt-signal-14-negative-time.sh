#!/bin/bash
# A negative time.
#SBATCH --signal=USR1@-5
srun hostname
