#!/bin/bash
# A single quote inside double quotes.
#SBATCH --comment="it's fine"
srun hostname
