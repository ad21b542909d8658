#!/bin/bash
# --ho, a prefix of --hold.
#SBATCH --ho -J hold-prefix
srun hostname
