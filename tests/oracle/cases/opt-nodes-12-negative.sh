#!/bin/bash
# A negative node count.
#SBATCH --nodes=-2
srun hostname
