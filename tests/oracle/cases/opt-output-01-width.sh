#!/bin/bash
# %5j, a zero-padded width.
#SBATCH -o job-%5j.out
srun hostname
