#!/bin/bash
# --profile=task,energy.
#SBATCH --profile=task,energy
srun hostname
