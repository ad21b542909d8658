#!/bin/bash
# MMDDYY.
# slurm-oracle-volatile: begin_offset_s
#SBATCH --begin=060135
srun hostname
