#!/bin/bash
# --nice=abc.
#SBATCH --nice=abc
srun hostname
