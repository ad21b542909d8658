#!/bin/bash
# A later component renames.
#SBATCH -J first -n 1
#SBATCH hetjob
#SBATCH -J second -n 2
srun hostname
