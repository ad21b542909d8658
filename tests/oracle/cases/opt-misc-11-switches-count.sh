#!/bin/bash
# --switches without a wait time.
#SBATCH --switches=2
srun hostname
