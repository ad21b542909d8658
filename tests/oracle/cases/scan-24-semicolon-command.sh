#!/bin/bash
# A command with leading blanks ends the header.
#SBATCH -J ind-cmd
  echo hi
#SBATCH -t 99
srun hostname
