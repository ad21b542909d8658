#!/bin/bash
# Mail types in lower case.
#SBATCH --mail-type=begin,end
srun hostname
