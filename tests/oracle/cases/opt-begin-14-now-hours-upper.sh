#!/bin/bash
# now+2HOURS in upper case.
# slurm-oracle-volatile: begin_time sbatch_options.begin
#SBATCH --begin=now+2HOURS
srun hostname
