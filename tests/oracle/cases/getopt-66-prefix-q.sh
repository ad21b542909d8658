#!/bin/bash
# --q is ambiguous (qos, quiet).
#SBATCH --q=high
srun hostname
