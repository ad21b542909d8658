#!/bin/bash
# A deadline before the begin time.
# slurm-oracle-volatile: begin_offset_s
#SBATCH -t 10 --begin=2035-06-02 --deadline=2035-06-01
srun hostname
