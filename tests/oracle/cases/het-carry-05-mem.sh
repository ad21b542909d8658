#!/bin/bash
# --mem carries over.
#SBATCH --mem=6G -n 1
#SBATCH hetjob
#SBATCH -n 2
srun hostname
