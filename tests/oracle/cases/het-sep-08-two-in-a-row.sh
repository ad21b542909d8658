#!/bin/bash
# Two separators in a row: an empty component.
#SBATCH -n 1
#SBATCH hetjob
#SBATCH hetjob
#SBATCH -n 2
srun hostname
