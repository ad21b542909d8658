#!/bin/bash
# ---time=5.
#SBATCH ---time=5
srun hostname
