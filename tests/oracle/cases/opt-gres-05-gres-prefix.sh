#!/bin/bash
# --gres=gres:gpu:2, the gres: prefix.
#SBATCH -p gpu --gres=gres:gpu:2
srun hostname
