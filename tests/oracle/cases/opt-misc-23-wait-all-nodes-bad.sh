#!/bin/bash
# --wait-all-nodes=2.
#SBATCH --wait-all-nodes=2
srun hostname
