#!/bin/bash
# --ve is ambiguous (verbose, version).
#SBATCH --ve
srun hostname
