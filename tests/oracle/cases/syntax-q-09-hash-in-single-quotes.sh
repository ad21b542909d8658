#!/bin/bash
# A # inside single quotes.
#SBATCH --job-name='abc#def'
srun hostname
