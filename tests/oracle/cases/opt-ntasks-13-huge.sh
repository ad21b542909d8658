#!/bin/bash
# A task count past 32 bits.
#SBATCH -n 4294967297
srun hostname
