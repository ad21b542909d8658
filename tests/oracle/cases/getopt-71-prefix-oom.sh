#!/bin/bash
# --oom: no such option in Slurm 22.05.
#SBATCH --oom
srun hostname
