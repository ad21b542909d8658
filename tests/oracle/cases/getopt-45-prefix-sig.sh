#!/bin/bash
# --sig, a unique prefix of --signal.
#SBATCH --sig=USR2@30
srun hostname
