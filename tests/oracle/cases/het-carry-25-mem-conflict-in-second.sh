#!/bin/bash
# --mem and --mem-per-cpu in the second component.
#SBATCH -n 1
#SBATCH hetjob
#SBATCH -n 2 --mem=1G --mem-per-cpu=1G
srun hostname
