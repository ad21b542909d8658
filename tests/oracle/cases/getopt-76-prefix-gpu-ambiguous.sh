#!/bin/bash
# --gpu is ambiguous (gpu-bind, gpu-freq, gpus, ...).
#SBATCH --gpu=1
srun hostname
