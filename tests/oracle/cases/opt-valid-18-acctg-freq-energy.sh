#!/bin/bash
# --acctg-freq=energy=60,task=30.
#SBATCH --acctg-freq=energy=60,task=30
srun hostname
