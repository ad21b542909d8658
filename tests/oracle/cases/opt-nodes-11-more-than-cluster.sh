#!/bin/bash
# More nodes than the cluster has.
#SBATCH -N 200
srun hostname
