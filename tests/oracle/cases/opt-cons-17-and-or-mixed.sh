#!/bin/bash
# & and | without parentheses.
#SBATCH --constraint='a100&ib|h100'
srun hostname
