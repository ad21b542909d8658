#!/bin/bash
# A range without its maximum: 2-.
#SBATCH --nodes=2-
srun hostname
