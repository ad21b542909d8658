#!/bin/bash
# R:TERM@30.
#SBATCH --signal=R:TERM@30
srun hostname
