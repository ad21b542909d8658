#!/bin/bash
# -x with a comma list.
#SBATCH -x n001,n002
srun hostname
