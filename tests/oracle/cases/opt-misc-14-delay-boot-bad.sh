#!/bin/bash
# --delay-boot with letters.
#SBATCH --delay-boot=later
srun hostname
