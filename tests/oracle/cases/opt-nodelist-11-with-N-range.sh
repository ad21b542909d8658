#!/bin/bash
# -N 2-4 with three named nodes.
#SBATCH -N 2-4 -w n[001-003]
srun hostname
