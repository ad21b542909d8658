#!/bin/bash
# now+N without a unit is seconds.
# slurm-oracle-volatile: begin_time sbatch_options.begin
#SBATCH --begin=now+600
srun hostname
