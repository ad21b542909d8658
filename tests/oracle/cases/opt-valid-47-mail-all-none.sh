#!/bin/bash
# ALL,NONE.
#SBATCH --mail-type=ALL,NONE
srun hostname
