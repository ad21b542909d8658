#!/bin/bash
# --switches=2@1:00:00.
#SBATCH --switches=2@1:00:00
srun hostname
