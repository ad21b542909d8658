#!/bin/bash
# GPU in upper case.
#SBATCH -p gpu --gres=GPU:1
srun hostname
