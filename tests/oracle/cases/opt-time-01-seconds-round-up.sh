#!/bin/bash
# M:S rounds up to whole minutes: 0:01 is one minute.
#SBATCH --time=0:01
srun hostname
