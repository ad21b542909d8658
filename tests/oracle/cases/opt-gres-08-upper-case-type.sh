#!/bin/bash
# A100 in upper case: types are case sensitive.
#SBATCH -p gpu --gres=gpu:A100:1
srun hostname
