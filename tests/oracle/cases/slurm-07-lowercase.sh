#!/bin/bash
# #slurm in lower case is a comment.
#slurm -t 7
#SBATCH -J lower-slurm
srun hostname
