#!/bin/bash
# A blank inside a quoted array spec.
#SBATCH --array='1, 3'
srun hostname
