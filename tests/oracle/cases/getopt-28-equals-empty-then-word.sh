#!/bin/bash
# --comment= followed by a word.
#SBATCH --comment= word
srun hostname
