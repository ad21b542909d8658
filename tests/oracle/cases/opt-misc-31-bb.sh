#!/bin/bash
# --bb.
#SBATCH --bb='capacity=1G'
srun hostname
