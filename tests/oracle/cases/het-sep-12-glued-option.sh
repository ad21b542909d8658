#!/bin/bash
# --hetjob as an option.
#SBATCH -n 1 --hetjob
srun hostname
