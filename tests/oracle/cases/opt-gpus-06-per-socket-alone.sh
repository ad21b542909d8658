#!/bin/bash
# --gpus-per-socket without --sockets-per-node.
#SBATCH -p gpu --gpus-per-socket=1
srun hostname
