#!/bin/bash
# -N 2-5 -n 3: the maximum is cut to the task count.
#SBATCH -N 2-5 -n 3
srun hostname
