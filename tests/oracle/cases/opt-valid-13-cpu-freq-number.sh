#!/bin/bash
# --cpu-freq=2400000.
#SBATCH --cpu-freq=2400000
srun hostname
