#!/bin/bash
# A quoted "hetjob".
#SBATCH -n 1
#SBATCH "hetjob"
#SBATCH -n 2
srun hostname
