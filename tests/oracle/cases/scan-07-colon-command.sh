#!/bin/bash
# A : command ends the header.
#SBATCH -J colon-cmd
:
#SBATCH -t 5
srun hostname
