#!/bin/bash
# --cpu-freq=high-low.
#SBATCH --cpu-freq=high-low
srun hostname
