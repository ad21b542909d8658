#!/bin/bash
# --array in a het job.
# compare-ir: must-reject
#SBATCH --array=1-2 -n 1
#SBATCH hetjob
#SBATCH -n 2
srun hostname
