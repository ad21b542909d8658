#!/bin/bash
# --switches=1@soon.
#SBATCH --switches=1@soon
srun hostname
