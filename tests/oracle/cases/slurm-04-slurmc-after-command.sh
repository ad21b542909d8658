#!/bin/bash
# #SLURMC after the first command is not read by sbatch.
#SBATCH -J slurmc-late
hostname
#SLURMC --image=busybox:1.36
