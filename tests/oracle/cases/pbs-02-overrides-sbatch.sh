#!/bin/bash
# A #PBS walltime beats an #SBATCH --time, even when #SBATCH comes later.
#PBS -l walltime=2:00:00
#SBATCH -t 30
srun hostname
