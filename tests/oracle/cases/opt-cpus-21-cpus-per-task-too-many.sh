#!/bin/bash
# -c 200 on 128-CPU nodes.
#SBATCH -c 200
srun hostname
