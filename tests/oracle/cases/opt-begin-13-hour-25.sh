#!/bin/bash
# An hour 25.
#SBATCH --begin=2035-06-01T25:00
srun hostname
