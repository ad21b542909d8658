#!/bin/bash
# --distribution=plane=4.
#SBATCH -n 8 --distribution=plane=4
srun hostname
