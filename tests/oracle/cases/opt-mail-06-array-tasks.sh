#!/bin/bash
# ARRAY_TASKS with an array.
#SBATCH --array=1-2 --mail-type=END,ARRAY_TASKS
srun hostname
