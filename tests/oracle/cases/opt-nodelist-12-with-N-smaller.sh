#!/bin/bash
# -N 2 with three named nodes.
#SBATCH -N 2 -w n[001-003]
srun hostname
