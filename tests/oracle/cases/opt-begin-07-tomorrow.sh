#!/bin/bash
# tomorrow.
# slurm-oracle-volatile: begin_time begin_offset_s sbatch_options.begin
#SBATCH --begin=tomorrow
srun hostname
