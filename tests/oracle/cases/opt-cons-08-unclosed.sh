#!/bin/bash
# An unclosed bracket.
#SBATCH --constraint=[a100|h100
srun hostname
