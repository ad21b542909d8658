#!/bin/bash
# -HN2: a flag glued to an option.
#SBATCH -HN2
srun hostname
