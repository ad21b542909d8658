#!/bin/bash
# An empty --cpus-per-task.
#SBATCH --cpus-per-task=
srun hostname
