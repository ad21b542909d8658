#!/bin/bash
# An invalid command-line --time.
# slurm-oracle-arg: --time=bogus
#SBATCH -t 5
srun hostname
