#!/bin/bash
# --gid=root by name.
#SBATCH --gid=root
srun hostname
