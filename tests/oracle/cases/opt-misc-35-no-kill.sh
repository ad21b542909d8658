#!/bin/bash
# -k.
#SBATCH -k
srun hostname
