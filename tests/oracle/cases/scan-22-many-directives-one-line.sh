#!/bin/bash
# Many options on one line.
#SBATCH -J many -N 2 -n 8 -c 2 -t 1:00:00 -p cpu --mem=4G -o many.out
srun hostname
