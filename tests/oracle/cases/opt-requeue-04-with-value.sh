#!/bin/bash
# --requeue=yes: a flag given a value.
#SBATCH --requeue=yes
srun hostname
