#!/bin/bash
# hetjob before any option.
#SBATCH hetjob
#SBATCH -n 2
srun hostname
