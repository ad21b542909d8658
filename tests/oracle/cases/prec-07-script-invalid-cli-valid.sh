#!/bin/bash
# An invalid script --time, a valid command-line one.
# slurm-oracle-arg: --time=10
#SBATCH -t bogus
srun hostname
