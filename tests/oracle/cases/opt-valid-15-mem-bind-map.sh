#!/bin/bash
# --mem-bind=map_mem:0,1.
#SBATCH --mem-bind=map_mem:0,1
srun hostname
