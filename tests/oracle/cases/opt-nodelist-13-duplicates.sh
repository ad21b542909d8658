#!/bin/bash
# The same node twice in -w.
#SBATCH -w n001,n001
srun hostname
