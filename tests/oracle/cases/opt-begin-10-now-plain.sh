#!/bin/bash
# now.
# slurm-oracle-volatile: begin_time begin_offset_s sbatch_options.begin
#SBATCH --begin=now
srun hostname
