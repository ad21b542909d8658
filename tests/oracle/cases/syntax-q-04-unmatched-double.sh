#!/bin/bash
# An unmatched double quote.
#SBATCH --comment="open
srun hostname
