#!/bin/bash
# #SBATCH, a tab and an option.
#SBATCH	--time=5	-J tabbed2
srun hostname
