#!/bin/bash
# HETJOB in upper case separates components.
#SBATCH -n 1
#SBATCH HETJOB
#SBATCH -n 2
srun hostname
