#!/bin/bash
# #SBATCHhetjob.
#SBATCH -n 1
#SBATCHhetjob
#SBATCH -n 2
srun hostname
