#!/bin/bash
# --dep, ambiguous? (dependency only in 22.05).
#SBATCH --dep=afterany:10001
srun hostname
