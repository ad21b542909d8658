#!/bin/bash
# An invalid --time-min.
#SBATCH --time=60 --time-min=abc
srun hostname
