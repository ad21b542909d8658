#!/bin/bash
# A vertical tab between words.
#SBATCH -J vt-t 5
srun hostname
