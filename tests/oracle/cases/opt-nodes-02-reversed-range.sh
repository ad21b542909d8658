#!/bin/bash
# A range whose maximum is below its minimum.
#SBATCH -N 4-2
srun hostname
