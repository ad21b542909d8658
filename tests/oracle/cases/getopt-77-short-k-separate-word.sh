#!/bin/bash
# -k followed by a separate word.
#SBATCH -k off
srun hostname
