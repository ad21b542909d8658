#!/bin/bash
# --mem-per-gpu with no GPU request.
#SBATCH --mem-per-gpu=4G
srun hostname
