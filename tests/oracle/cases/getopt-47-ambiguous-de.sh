#!/bin/bash
# --de is ambiguous (deadline, delay-boot, dependency).
#SBATCH --de=5
srun hostname
