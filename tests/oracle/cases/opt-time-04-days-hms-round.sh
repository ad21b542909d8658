#!/bin/bash
# D-H:M:S with seconds rounds up the minute.
#SBATCH --time=0-0:0:1
srun hostname
