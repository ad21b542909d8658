#!/bin/bash
# #SBATCH glued to a quoted word.
#SBATCH"--job-name=glued-quote"
srun hostname
