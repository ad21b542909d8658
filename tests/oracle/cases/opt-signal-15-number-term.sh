#!/bin/bash
# Signal 15 by number, with a time.
#SBATCH --signal=15@120
srun hostname
