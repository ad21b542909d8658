#!/bin/bash
# A bracketed choice.
#SBATCH --constraint=[a100|h100]
srun hostname
