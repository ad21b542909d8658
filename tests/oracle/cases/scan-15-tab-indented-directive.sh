#!/bin/bash
# A tab-indented #SBATCH is not read.
#SBATCH -J tab-ind
	#SBATCH -t 99
srun hostname
