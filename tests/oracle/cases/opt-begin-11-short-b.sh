#!/bin/bash
# -b, the short form, with date and time.
# slurm-oracle-volatile: begin_offset_s
#SBATCH -b 2035-06-01T08:30
srun hostname
