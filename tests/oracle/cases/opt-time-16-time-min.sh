#!/bin/bash
# --time-min below --time; both round seconds up.
#SBATCH --time=2:00:00 --time-min=30:30
srun hostname
