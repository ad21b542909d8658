#!/bin/bash
# A command-line -p and a het job.
# slurm-oracle-arg: -p debug
#SBATCH -n 1
#SBATCH hetjob
#SBATCH -n 2 -p long
srun hostname
