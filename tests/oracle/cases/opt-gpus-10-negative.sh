#!/bin/bash
# A negative GPU count.
#SBATCH --gpus=-1
srun hostname
