#!/bin/bash
# -J with a quoted value containing blanks.
#SBATCH -J "two words"
srun hostname
