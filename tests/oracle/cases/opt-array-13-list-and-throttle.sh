#!/bin/bash
# A list with a throttle.
#SBATCH --array=1,5,9%2
srun hostname
