#!/bin/bash
# --resv: no such option in Slurm 22.05.
#SBATCH --resv
srun hostname
