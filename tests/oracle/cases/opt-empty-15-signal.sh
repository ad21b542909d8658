#!/bin/bash
# An empty --signal.
#SBATCH --signal=
srun hostname
