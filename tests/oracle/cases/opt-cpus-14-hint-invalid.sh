#!/bin/bash
# An invalid --hint.
#SBATCH --hint=fastest
srun hostname
