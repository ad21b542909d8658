#!/bin/bash
# GiB is not a Slurm unit.
#SBATCH --mem=2GiB
srun hostname
