#!/bin/bash
# hetjob in the middle of a line.
#SBATCH -n 1 hetjob -n 2
srun hostname
