#!/bin/bash
# -w names more nodes than -N.
#SBATCH -N 1 -w n[001-003]
srun hostname
