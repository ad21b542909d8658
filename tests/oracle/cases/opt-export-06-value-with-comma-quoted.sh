#!/bin/bash
# A quoted value with a blank.
#SBATCH --export='ALL,MSG=hello world'
srun hostname
