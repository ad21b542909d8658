#!/bin/bash
# KILL.
#SBATCH --signal=KILL@10
srun hostname
