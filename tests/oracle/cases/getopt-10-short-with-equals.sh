#!/bin/bash
# -N=2: the = becomes part of the value.
#SBATCH -N=2
srun hostname
