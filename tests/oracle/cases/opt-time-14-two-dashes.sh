#!/bin/bash
# Two dashes are not a time.
#SBATCH --time=1-2-3
srun hostname
