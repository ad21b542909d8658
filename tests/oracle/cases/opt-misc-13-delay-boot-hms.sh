#!/bin/bash
# --delay-boot in H:M:S.
#SBATCH --delay-boot=1:00:00
srun hostname
