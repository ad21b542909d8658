#!/bin/bash
# Two typed entries for the same GRES.
#SBATCH -p gpu --gres=gpu:a100:1,gpu:h100:1
srun hostname
