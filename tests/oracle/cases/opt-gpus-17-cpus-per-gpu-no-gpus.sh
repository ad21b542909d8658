#!/bin/bash
# --cpus-per-gpu with no GPU request.
#SBATCH --cpus-per-gpu=4
srun hostname
