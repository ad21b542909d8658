#!/bin/bash
# The largest index MaxArraySize allows.
#SBATCH --array=100000
srun hostname
