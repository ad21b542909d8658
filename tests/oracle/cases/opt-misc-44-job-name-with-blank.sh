#!/bin/bash
# A job name with a blank.
#SBATCH -J 'my job'
srun hostname
