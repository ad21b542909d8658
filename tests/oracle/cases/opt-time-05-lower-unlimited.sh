#!/bin/bash
# unlimited in lower case.
#SBATCH --time=unlimited
srun hostname
