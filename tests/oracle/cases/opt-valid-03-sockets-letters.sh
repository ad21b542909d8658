#!/bin/bash
# --sockets-per-node with letters.
#SBATCH --sockets-per-node=two
srun hostname
