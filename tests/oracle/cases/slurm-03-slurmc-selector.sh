#!/bin/bash
# #SLURMC[volcano] in the header.
#SBATCH -J slurmc-sel
#SLURMC[volcano] --queue=research
srun hostname
