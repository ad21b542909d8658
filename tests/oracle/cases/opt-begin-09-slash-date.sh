#!/bin/bash
# MM/DD/YY.
# slurm-oracle-volatile: begin_offset_s
#SBATCH --begin=06/01/35
srun hostname
