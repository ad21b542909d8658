#!/bin/bash
# -k with a value glued? -kJname.
#SBATCH -kJname
srun hostname
