#!/bin/bash
# --gpus with two typed entries.
#SBATCH -p gpu --gpus=a100:1,h100:1
srun hostname
