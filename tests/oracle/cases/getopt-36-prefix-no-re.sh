#!/bin/bash
# --no-re, a prefix of --no-requeue.
#SBATCH --no-re
srun hostname
