#!/bin/bash
# hetjob as the last directive.
#SBATCH -n 2
#SBATCH hetjob
srun hostname
