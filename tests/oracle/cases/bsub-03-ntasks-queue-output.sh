#!/bin/bash
# #BSUB -n, -q, -o, -e.
#BSUB -n 4
#BSUB -q gpu
#BSUB -o lsf.out
#BSUB -e lsf.err
srun hostname
