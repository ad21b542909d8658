#!/bin/bash
# --wai is ambiguous (wait, wait-all-nodes).
#SBATCH --wai
srun hostname
