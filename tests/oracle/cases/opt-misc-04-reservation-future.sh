#!/bin/bash
# The reservation maint, which starts in 7 days.
#SBATCH --reservation=maint
srun hostname
