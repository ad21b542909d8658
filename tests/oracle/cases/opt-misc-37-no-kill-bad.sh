#!/bin/bash
# --no-kill=maybe.
#SBATCH --no-kill=maybe
srun hostname
