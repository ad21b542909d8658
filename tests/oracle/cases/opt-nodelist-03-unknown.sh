#!/bin/bash
# -w names a node that does not exist.
#SBATCH -w zz999
srun hostname
