#!/bin/bash
# -sO: two flags glued.
#SBATCH -sO -n 2
srun hostname
