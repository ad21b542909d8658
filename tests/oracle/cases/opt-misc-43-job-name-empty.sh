#!/bin/bash
# An empty job name.
#SBATCH --job-name=
srun hostname
