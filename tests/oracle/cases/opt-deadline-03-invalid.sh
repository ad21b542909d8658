#!/bin/bash
# An invalid deadline.
#SBATCH --deadline=never
srun hostname
