#!/bin/bash
# hetjob inside a trailing comment.
#SBATCH -n 1 # not a hetjob
#SBATCH -t 5
srun hostname
