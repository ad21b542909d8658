#!/bin/bash
# --switches with letters.
#SBATCH --switches=two
srun hostname
