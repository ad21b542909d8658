#!/bin/bash
# A comma joins features like &.
#SBATCH -C a100,ib
srun hostname
