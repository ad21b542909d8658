#!/bin/bash
# --comment --time=5: the comment is "--time=5".
#SBATCH --comment --time=5
srun hostname
