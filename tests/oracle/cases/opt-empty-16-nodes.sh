#!/bin/bash
# An empty --nodes.
#SBATCH --nodes=
srun hostname
