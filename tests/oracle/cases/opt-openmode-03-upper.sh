#!/bin/bash
# APPEND in upper case.
#SBATCH --open-mode=APPEND
srun hostname
