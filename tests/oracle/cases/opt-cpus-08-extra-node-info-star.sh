#!/bin/bash
# -B with a star.
#SBATCH -B '2:*:1'
srun hostname
