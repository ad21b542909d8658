#!/bin/bash
# An indented #PBS is not read.
  #PBS -l walltime=2:00:00
#SBATCH -J indented-pbs
srun hostname
