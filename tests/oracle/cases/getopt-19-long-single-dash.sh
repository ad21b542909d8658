#!/bin/bash
# -time=5: a long option with one dash.
#SBATCH -time=5
srun hostname
