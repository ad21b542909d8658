#!/bin/bash
# --ou, a unique prefix of --output.
#SBATCH --ou=prefix.out
srun hostname
