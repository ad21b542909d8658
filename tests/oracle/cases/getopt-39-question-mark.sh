#!/bin/bash
# -? is not an option.
#SBATCH -?
srun hostname
