#!/bin/bash
# An output path that contains HetJob.
#SBATCH -o /tmp/HetJob.out -n 1
srun hostname
