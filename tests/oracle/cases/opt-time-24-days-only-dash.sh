#!/bin/bash
# Days with a dash and nothing after it.
#SBATCH --time=2-
srun hostname
