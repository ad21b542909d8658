#!/bin/bash
# An invalid --cpu-freq.
#SBATCH --cpu-freq=turbo
srun hostname
