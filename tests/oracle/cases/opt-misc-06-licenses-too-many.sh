#!/bin/bash
# More licenses than exist.
#SBATCH --licenses=fluent:5
srun hostname
