#!/bin/bash
# A command-line --time and a het job.
# slurm-oracle-arg: --time=35
#SBATCH -n 1 -t 10
#SBATCH hetjob
#SBATCH -n 2 -t 50
srun hostname
