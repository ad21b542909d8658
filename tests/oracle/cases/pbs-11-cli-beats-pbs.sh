#!/bin/bash
# A command-line --time beats a #PBS walltime.
# slurm-oracle-arg: --time=30
#PBS -l walltime=2:00:00
srun hostname
