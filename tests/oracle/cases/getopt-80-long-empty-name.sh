#!/bin/bash
# --=5: an empty long option name.
#SBATCH --=5
srun hostname
