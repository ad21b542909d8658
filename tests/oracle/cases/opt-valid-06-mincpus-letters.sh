#!/bin/bash
# --mincpus with letters.
#SBATCH --mincpus=lots
srun hostname
