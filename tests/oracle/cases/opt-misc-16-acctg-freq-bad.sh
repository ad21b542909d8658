#!/bin/bash
# --acctg-freq with a bad type.
#SBATCH --acctg-freq=gpu=30
srun hostname
