#!/bin/bash
# A backslash inside single quotes.
#SBATCH --job-name='a\b'
srun hostname
