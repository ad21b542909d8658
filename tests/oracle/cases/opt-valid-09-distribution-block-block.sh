#!/bin/bash
# --distribution=block:block,Pack.
#SBATCH -n 4 --distribution=block:block,Pack
srun hostname
