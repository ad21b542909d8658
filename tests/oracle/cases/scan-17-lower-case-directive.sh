#!/bin/bash
# #Sbatch in mixed case is a comment.
#SBATCH -J mixed
#Sbatch -t 99
srun hostname
