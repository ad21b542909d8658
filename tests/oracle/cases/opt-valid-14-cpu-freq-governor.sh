#!/bin/bash
# --cpu-freq=Performance.
#SBATCH --cpu-freq=Performance
srun hostname
