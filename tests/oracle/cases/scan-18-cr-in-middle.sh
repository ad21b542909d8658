#!/bin/bash
# A carriage return inside a directive line.
#SBATCH -J cr-mid -t 5
srun hostname
