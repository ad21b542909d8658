#!/bin/bash
# An empty --comment and then a real one.
#SBATCH --comment=
#SBATCH --comment=real
srun hostname
