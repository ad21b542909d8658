#!/bin/bash
# NONE inside a list.
#SBATCH --mail-type=BEGIN,NONE,END
srun hostname
