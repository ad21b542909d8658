#!/bin/bash
# An invalid open mode.
#SBATCH --open-mode=overwrite
srun hostname
