#!/bin/bash
# Nodes listed out of order.
#SBATCH -w n003,n001
srun hostname
