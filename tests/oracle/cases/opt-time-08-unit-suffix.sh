#!/bin/bash
# A unit suffix such as 10m is not a time.
#SBATCH --time=10m
srun hostname
