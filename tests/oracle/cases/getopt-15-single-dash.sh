#!/bin/bash
# A lone - in a directive.
#SBATCH - -N 2
srun hostname
