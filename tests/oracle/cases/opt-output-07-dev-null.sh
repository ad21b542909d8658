#!/bin/bash
# -o /dev/null.
#SBATCH -o /dev/null -e /dev/null
srun hostname
