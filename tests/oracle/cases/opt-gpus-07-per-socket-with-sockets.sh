#!/bin/bash
# --gpus-per-socket with --sockets-per-node.
#SBATCH -p gpu --gpus-per-socket=1 --sockets-per-node=2
srun hostname
