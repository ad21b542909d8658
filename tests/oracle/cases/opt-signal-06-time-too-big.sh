#!/bin/bash
# A time above 65535 seconds.
#SBATCH --signal=USR1@70000
srun hostname
