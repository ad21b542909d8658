#!/bin/bash
# --he, a prefix of --help, in a script.
#SBATCH --he -J help-prefix
srun hostname
