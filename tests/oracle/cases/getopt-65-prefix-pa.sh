#!/bin/bash
# --pa is ambiguous (parsable, partition).
#SBATCH --pa=gpu
srun hostname
