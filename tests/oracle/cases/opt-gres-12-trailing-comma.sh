#!/bin/bash
# A trailing comma in --gres.
#SBATCH -p gpu --gres=gpu:1,
srun hostname
