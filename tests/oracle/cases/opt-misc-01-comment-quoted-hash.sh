#!/bin/bash
# A comment with a quoted #.
#SBATCH --comment="run #4 of 10"
srun hostname
