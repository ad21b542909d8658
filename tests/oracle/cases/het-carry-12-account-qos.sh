#!/bin/bash
# -A and --qos carry over.
#SBATCH -A labx -q high -n 1
#SBATCH hetjob
#SBATCH -n 2
srun hostname
