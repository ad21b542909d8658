#!/bin/bash
# -N 4 with two named nodes.
#SBATCH -N 4 -w n[001-002]
srun hostname
