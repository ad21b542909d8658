#!/bin/bash
# --conte, a prefix of --context.
#SBATCH --conte=unconfined
srun hostname
