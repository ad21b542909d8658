#!/bin/bash
# --us is ambiguous (usage, use-min-nodes).
#SBATCH --us
srun hostname
