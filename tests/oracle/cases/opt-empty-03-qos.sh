#!/bin/bash
# An empty --qos.
#SBATCH --qos=
srun hostname
