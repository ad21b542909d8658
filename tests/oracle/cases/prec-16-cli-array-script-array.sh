#!/bin/bash
# A command-line --array beats the script's.
# slurm-oracle-arg: --array=0-1
#SBATCH --array=0-9
srun hostname
