#!/bin/bash
# --network with a bad word.
#SBATCH --network=fastest
srun hostname
