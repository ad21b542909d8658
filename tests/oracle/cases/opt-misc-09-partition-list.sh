#!/bin/bash
# A list of partitions.
#SBATCH -p gpu,long
srun hostname
