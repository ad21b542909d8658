#!/bin/bash
# #BSUB after the first command is still read.
#SBATCH -J sb-name
hostname
#BSUB -J late-bsub
