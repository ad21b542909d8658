#!/bin/bash
# A negative size.
#SBATCH --mem=-1
srun hostname
