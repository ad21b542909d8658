#!/bin/bash
# A leading |.
#SBATCH --constraint='|a100'
srun hostname
