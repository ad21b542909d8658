#!/bin/bash
# A # glued to a word starts a comment.
#SBATCH --job-name=abc#def
srun hostname
