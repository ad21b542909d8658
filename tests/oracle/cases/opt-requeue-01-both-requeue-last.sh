#!/bin/bash
# --no-requeue then --requeue.
#SBATCH --no-requeue
#SBATCH --requeue
srun hostname
