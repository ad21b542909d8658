#!/bin/bash
# now+30minutes.
# slurm-oracle-volatile: begin_time sbatch_options.begin
#SBATCH --begin=now+30minutes
srun hostname
