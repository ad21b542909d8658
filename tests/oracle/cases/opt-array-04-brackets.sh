#!/bin/bash
# An array written in brackets.
#SBATCH --array=[1-3]
srun hostname
