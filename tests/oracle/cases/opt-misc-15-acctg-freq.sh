#!/bin/bash
# --acctg-freq=task=30.
#SBATCH --acctg-freq=task=30
srun hostname
