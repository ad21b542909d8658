#!/bin/bash
# Three consecutive nodes listed one by one.
#SBATCH -w n001,n002,n003
srun hostname
