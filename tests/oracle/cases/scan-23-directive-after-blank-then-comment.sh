#!/bin/bash
# Comments and blanks before the first directive.

# a comment

#SBATCH -J late-first
srun hostname
