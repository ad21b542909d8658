#!/bin/bash
# A partition list with a trailing comma.
#SBATCH -p cpu,
srun hostname
