#!/bin/bash
# SIGUSR2@90.
#SBATCH --signal=SIGUSR2@90
srun hostname
