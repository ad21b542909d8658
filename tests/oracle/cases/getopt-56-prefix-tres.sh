#!/bin/bash
# --tres-per=gres/gpu:1: no such option in Slurm 22.05.
#SBATCH --tres-per=gres/gpu:1
srun hostname
