#!/bin/bash
# A #PBS name in a het job.
#SBATCH -n 1 -J first
#SBATCH hetjob
#SBATCH -n 2 -J second
#PBS -N pbs-het
srun hostname
