#!/bin/bash
# --export=NIL.
#SBATCH --export=NIL
srun hostname
