#!/bin/bash
# A decimal size such as 1.5G.
#SBATCH --mem=1.5G
srun hostname
