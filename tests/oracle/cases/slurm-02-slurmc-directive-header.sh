#!/bin/bash
# A #SLURMC directive in the header: sbatch reads #SLURM and then the word C.
#SBATCH -J slurmc-dir
#SLURMC --image=busybox:1.36
srun hostname
