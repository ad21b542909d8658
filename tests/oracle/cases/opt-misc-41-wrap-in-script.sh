#!/bin/bash
# --wrap inside a batch script.
#SBATCH --wrap='echo hi'
srun hostname
