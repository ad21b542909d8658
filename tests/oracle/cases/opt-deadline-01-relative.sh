#!/bin/bash
# --deadline=now+2days.
# slurm-oracle-volatile: deadline sbatch_options.deadline
#SBATCH -t 60 --deadline=now+2days
srun hostname
