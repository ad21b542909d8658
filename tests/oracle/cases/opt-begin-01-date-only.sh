#!/bin/bash
# --begin with a date only.
# slurm-oracle-volatile: begin_offset_s
#SBATCH --begin=2035-06-01
srun hostname
