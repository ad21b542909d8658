#!/bin/bash
# A month 13.
#SBATCH --begin=2035-13-01
srun hostname
