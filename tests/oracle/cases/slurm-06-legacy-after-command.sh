#!/bin/bash
# #SLURM after the first command is ignored.
#SBATCH -J legacy-late
hostname
#SLURM -t 7
