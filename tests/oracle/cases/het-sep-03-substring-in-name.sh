#!/bin/bash
# A job name that contains hetjob.
#SBATCH --job-name=myhetjob -n 1
srun hostname
