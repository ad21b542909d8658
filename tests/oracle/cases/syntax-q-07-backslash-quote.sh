#!/bin/bash
# A backslash before a double quote inside double quotes.
#SBATCH --comment="say \"hi\""
srun hostname
