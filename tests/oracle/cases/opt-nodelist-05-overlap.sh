#!/bin/bash
# The same node in -w and -x.
# compare-ir: must-reject
#SBATCH -w n005 -x n005
srun hostname
