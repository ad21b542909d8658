#!/bin/bash
# --gpus-per-socket in the script, -B on the command line.
# slurm-oracle-arg: -B 2
#SBATCH -p gpu --gpus-per-socket=1
srun hostname
